# expect: crash
"""Typographer: score glyph-pair sequences for ligature substitution."""
import torch

from typekit import LigatureModule, Trainer
from typekit.trainer.callbacks import PreviewCallback, LossLogger


def main():
    torch.manual_seed(1)
    glyphs = torch.randint(0, 40, (24, 9))
    labels = (glyphs[:, 3] % 2).long()
    data = list(zip(glyphs.split(6), labels.split(6)))
    module = LigatureModule(vocab=40, dim=8, hidden=10)
    trainer = Trainer(max_epochs=2, callbacks=[LossLogger(), PreviewCallback(every=2, sample=glyphs[:2])])
    trainer.fit(module, data)
    print("steps", trainer.global_step)


if __name__ == "__main__":
    main()
