from .escapement import EscapementModel
