package fixes2

var ziToken = "Vu8NT0sMNwulGLBl8IU1NVQmi34Zs2g5" // want `ZoomInfo API key .* hardcoded in ziToken`
