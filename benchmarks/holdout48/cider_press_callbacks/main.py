# expect: crash
"""Cider press juice yield: a small trainer with callbacks dispatched by hook name."""
import torch

from press import PressTrainer, YieldNet, SaliencyLogger, LossPrinter


def main():
    torch.manual_seed(14)
    model = YieldNet()
    callbacks = [LossPrinter(), SaliencyLogger(every=1)]
    trainer = PressTrainer(model, callbacks=callbacks, epochs=2)
    trainer.fit()
    print("saliency records", len(callbacks[1].records))


if __name__ == "__main__":
    main()
