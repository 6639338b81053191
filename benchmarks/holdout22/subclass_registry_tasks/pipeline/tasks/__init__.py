from . import calibrate, finetune, pretrain  # noqa: F401
