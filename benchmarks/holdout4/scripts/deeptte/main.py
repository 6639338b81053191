# expect: crash
"""Training entry (DeepTTE-like): trains file by file each epoch, evaluates on a held-out file after each epoch."""
import argparse

import torch

from models import DeepTTE

parser = argparse.ArgumentParser()
parser.add_argument("--task", type=str, default="train")
parser.add_argument("--batch_size", type=int, default=4)
parser.add_argument("--epochs", type=int, default=2)
parser.add_argument("--pooling_method", type=str, default="attention")
args = parser.parse_args([])

config = {"train_set": ["train_00", "train_01"], "eval_set": ["train_04"]}


def get_loader(name, batch_size):
    g = torch.Generator().manual_seed(hash(name) % 1000)
    for _ in range(2):
        coords = torch.randn(batch_size, 9, 2, generator=g)
        attrs = torch.rand(batch_size, 3, generator=g)
        yield coords, attrs, torch.rand(batch_size, generator=g) * 30 + 5


def train(model, elogger):
    model.train()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    for epoch in range(args.epochs):
        print(f"Training on epoch {epoch}")
        for input_file in config["train_set"]:
            running_loss = 0.0
            for idx, (coords, attrs, target) in enumerate(get_loader(input_file, args.batch_size)):
                _, loss = model.eval_on_batch(coords, attrs, target)
                optimizer.zero_grad()
                loss.backward()  # TM001-here
                optimizer.step()
                running_loss += loss.item()
            print(f"Train on file {input_file}, average loss {running_loss / (idx + 1):.4f}")
        evaluate(model, elogger)


def evaluate(model, elogger):
    model.eval()
    for input_file in config["eval_set"]:
        with torch.no_grad():
            losses = [model.eval_on_batch(c, a, t)[1].item() for c, a, t in get_loader(input_file, args.batch_size)]
        elogger.append(sum(losses) / len(losses))
        print(f"Evaluate on file {input_file}, loss {elogger[-1]:.4f}")


def run():
    torch.manual_seed(0)
    model = DeepTTE(pooling=args.pooling_method)
    elogger = []
    if args.task == "train":
        train(model, elogger)


if __name__ == "__main__":
    run()
