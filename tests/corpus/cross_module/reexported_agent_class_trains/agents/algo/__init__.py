from .a2c import A2C
