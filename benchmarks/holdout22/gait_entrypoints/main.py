# expect: crash
"""Gait recognition: backbones come from the `gaitkit.backbones` entry-point group.

No plugin distribution is installed here, so discovery falls back to the built-in table.
"""
from gaitkit.plugins import load_backbone
from gaitkit.finetune import finetune_view

if __name__ == "__main__":
    backbone = load_backbone("gru-small", pretrained=True)
    finetune_view(backbone, view_angle=90)
