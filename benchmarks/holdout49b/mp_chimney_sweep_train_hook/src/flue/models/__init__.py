from .soot import SootNet, build_model
