# expect: crash
"""Cardmaker deck-quality model: entry only builds objects and calls fit()."""
import torch
from cardmaker import Trainer, build_model, make_loaders

def main():
    torch.manual_seed(0)
    model = build_model({"vocab": 20, "hidden": 8, "classes": 3})
    train_dl, val_dl = make_loaders(n=16, batch=4)
    trainer = Trainer(model, max_epochs=2, num_sanity_val_steps=1)
    trainer.fit(train_dl, val_dl)
    print("done", trainer.history[-1])

if __name__ == "__main__":
    main()
