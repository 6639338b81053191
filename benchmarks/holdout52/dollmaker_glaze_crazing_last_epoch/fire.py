# expect: clean
"""Dollmaker: predict porcelain-glaze crazing risk from a kiln firing curve.

The entry only assembles the pieces; the kiln Trainer runs the loop and the
callbacks (a prediction writer and a progress logger).
"""
import torch

from kiln import CrazingModule, FiringCurves, PredictionWriter, ProgressLogger, Trainer


def main():
    torch.manual_seed(31)
    data = FiringCurves(n=16, length=10, batch=4)
    module = CrazingModule(hidden=8, lr=5e-3)
    writer = PredictionWriter(every_n_epochs=3)
    trainer = Trainer(max_epochs=3, callbacks=[ProgressLogger(), writer])
    trainer.fit(module, data)
    print("predictions kept:", len(writer.predictions), "last mean risk:", round(writer.predictions[-1], 4))


if __name__ == "__main__":
    main()
