# expect: crash
"""Sequence classification in the style of transformers' run_glue_no_trainer.py
(torch only). This variant adds a "zero-shot baseline" evaluation before the
first update; model.train() was hoisted above the epoch loop, so it ran before
that baseline evaluation switched the model to eval mode.
"""
import argparse

import torch

from engine import metrics
from engine.model import AutoModelForSequenceClassification
from engine.loop import run_epoch, evaluate


def get_args():
    parser = argparse.ArgumentParser()
    parser.add_argument("--task_name", default="sst2")
    parser.add_argument("--num_train_epochs", type=int, default=2)
    parser.add_argument("--learning_rate", type=float, default=2e-3)
    parser.add_argument("--eval_before_training", action="store_true", default=True)
    return parser.parse_args([])


def main():
    args = get_args()
    torch.manual_seed(0)
    num_labels = 2
    model = AutoModelForSequenceClassification.from_config({"model_type": "bigru", "vocab_size": 30,
                                                            "hidden_size": 12, "num_labels": num_labels})
    optimizer = torch.optim.AdamW(model.parameters(), lr=args.learning_rate)
    xs = torch.randint(0, 30, (24, 7))
    ys = torch.randint(0, num_labels, (24,))
    train_dl = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(xs[:16], ys[:16]), batch_size=4)
    eval_dl = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(xs[16:], ys[16:]), batch_size=4)
    metric = metrics.load(args.task_name)

    model.train()
    if args.eval_before_training:
        print("baseline:", evaluate(model, eval_dl, metric))
    for epoch in range(args.num_train_epochs):
        run_epoch(model, train_dl, optimizer, epoch=epoch)
        print(f"epoch {epoch}:", evaluate(model, eval_dl, metric))


if __name__ == "__main__":
    main()
