# expect: crash
"""Horovod-style example (single process stand-in): DistributedOptimizer wrapper, broadcast, metric_average."""
import argparse

import torch
import torch.nn as nn

import hvdlike.torch as hvd
from model import TextLSTM

torch.manual_seed(49)


def parse():
    p = argparse.ArgumentParser()
    p.add_argument("--epochs", type=int, default=2)
    p.add_argument("--lr", type=float, default=0.01)
    p.add_argument("--batches", type=int, default=2)
    return p.parse_args([])


def train(epoch, model, optimizer, args):
    for batch_idx in range(args.batches):
        data, target = torch.randint(0, 50, (4, 7)), torch.randint(0, 2, (4,))
        optimizer.zero_grad()
        loss = nn.functional.cross_entropy(model(data), target)
        loss.backward()  # TM001-here
        optimizer.step()
        if hvd.rank() == 0:
            print(f"Train Epoch: {epoch} [{batch_idx}]\tLoss: {loss.item():.4f}")


def test(model):
    model.eval()
    correct = 0
    with torch.no_grad():
        data, target = torch.randint(0, 50, (8, 7)), torch.randint(0, 2, (8,))
        correct += (model(data).argmax(1) == target).sum().item()
    acc = hvd.metric_average(torch.tensor(correct / 8.0), "avg_accuracy")
    print("Test accuracy", acc)


def main():
    args = parse()
    hvd.init()
    model = TextLSTM()
    optimizer = torch.optim.SGD(model.parameters(), lr=args.lr * hvd.size())
    hvd.broadcast_parameters(model.state_dict(), root_rank=0)
    optimizer = hvd.DistributedOptimizer(optimizer, named_parameters=model.named_parameters())
    model.train()
    for epoch in range(1, args.epochs + 1):
        train(epoch, model, optimizer, args)
        test(model)
    print("done")


if __name__ == "__main__":
    main()
