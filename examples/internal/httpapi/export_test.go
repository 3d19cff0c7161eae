package httpapi

// ValidPointer is validPointer (pointer_test.go), for the external tests' fuzz targets.
var ValidPointer = validPointer
