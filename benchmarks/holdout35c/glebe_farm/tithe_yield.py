# expect: clean
"""Glebe-farm tithe yields: a pretrained field-history encoder, fine-tuned head.

The encoder came from the diocese-wide model and stays frozen; the wrapper's
``train(mode)`` keeps it in eval whatever the trainer asks for. Field histories
are plain tensors, so nothing upstream of the encoder needs a gradient.
"""
import torch

from glebe import FieldHistoryEncoder, TitheModel, TitheTrainer


def main():
    torch.manual_seed(13)
    encoder = FieldHistoryEncoder(n_crops=6, hidden=10)
    model = TitheModel(encoder, n_out=1)
    trainer = TitheTrainer(model, lr=1e-2)
    fields = [torch.randn(5, 7, 6) for _ in range(4)]
    yields = [torch.randn(5, 1) for _ in range(4)]
    for season in range(3):
        loss = trainer.season(fields, yields)
        val = trainer.validate(fields[:1], yields[:1])
        print(f"season {season} loss {loss:.4f} val {val:.4f} encoder.training={model.encoder.training}")


if __name__ == "__main__":
    main()
