package httpapi

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"
)

// ShutdownGrace is how long Serve waits, once told to stop, for the requests in flight to finish.
const ShutdownGrace = 30 * time.Second

// Serve serves h on ln until ctx is done, then shuts down gracefully: it stops accepting connections,
// closes idle ones and waits for the requests in flight to finish (at most ShutdownGrace). The server's
// own timeouts back up the handler's: headers must arrive within 10 s, and a connection's reads and
// writes are bounded by cfg.Timeout (the handler sets the same per request).
func Serve(ctx context.Context, ln net.Listener, h http.Handler, cfg Config) error {
	cfg = cfg.withDefaults()
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       cfg.Timeout,
		WriteTimeout:      cfg.Timeout + writeGrace,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          nil,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), ShutdownGrace)
	defer cancel()
	err := srv.Shutdown(sctx)
	if serr := <-errc; !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	return err
}

// CheckAddr refuses to listen beyond the machine unless told to: addr's host must be a loopback address
// (127.0.0.0/8, ::1) or "localhost", unless expose is true. An empty host (":8080") means every interface
// and is refused too.
func CheckAddr(addr string, expose bool) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("-addr %q: %v", addr, err)
	}
	if expose || host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		return nil
	}
	return fmt.Errorf("-addr %q listens beyond this machine; give -expose as well to mean it", addr)
}
