from .pleacher import PleacherModel, StemEncoder
