from .net import FleeceNet
from .stages import pretrain, finetune, save_whole, load_whole
