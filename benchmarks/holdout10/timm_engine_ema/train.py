# expect: clean
"""timm-style train.py: create_model by name, ModelEmaV2 (deepcopy + eval), engine.py
with train_one_epoch / validate. The EMA copy is only run under no_grad (validation and
a self-distillation target); train_one_epoch calls model.train() at its top.
"""
from dataclasses import dataclass

import torch

from timm_lite import create_model
from timm_lite.ema import ModelEmaV2
from timm_lite.engine import train_one_epoch, validate


@dataclass
class Args:
    model: str = "seq_gru_tiny"
    epochs: int = 3
    lr: float = 3e-3
    model_ema_decay: float = 0.9
    distill_weight: float = 0.5


def loader(n):
    return [(torch.randn(4, 10, 3), torch.randint(0, 3, (4,))) for _ in range(n)]


def main(args=Args()):
    torch.manual_seed(5)
    model = create_model(args.model, num_classes=3)
    model_ema = ModelEmaV2(model, decay=args.model_ema_decay)
    optimizer = torch.optim.AdamW(model.parameters(), lr=args.lr)
    loss_fn = torch.nn.CrossEntropyLoss()
    train_loader, eval_loader = loader(4), loader(2)
    for epoch in range(args.epochs):
        stats = train_one_epoch(epoch, model, train_loader, optimizer, loss_fn, args,
                                model_ema=model_ema)
        metrics = validate(model, eval_loader, loss_fn)
        ema_metrics = validate(model_ema.module, eval_loader, loss_fn, log_suffix=" (EMA)")
        print(epoch, stats, metrics, ema_metrics)


if __name__ == "__main__":
    main()
