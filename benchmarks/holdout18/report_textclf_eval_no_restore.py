# expect: crash
"""Rebuilt from the shape of Shawn1993/cnn-text-classification-pytorch PR#30: the training loop calls a dev
evaluation every few steps; eval() inside it sets eval mode and the loop never switches back."""
import argparse
import torch
import torch.nn as nn
import torch.nn.functional as F


class TextRNN(nn.Module):
    def __init__(self, args):
        super().__init__()
        self.embed = nn.Embedding(args.embed_num, args.embed_dim)
        self.rnn = nn.LSTM(args.embed_dim, args.hidden, batch_first=True)
        self.dropout = nn.Dropout(args.dropout)
        self.fc1 = nn.Linear(args.hidden, args.class_num)

    def forward(self, x):
        return self.fc1(self.dropout(self.rnn(self.embed(x))[0][:, -1]))


def eval(data_iter, model, args):
    model.eval()
    corrects, avg_loss = 0, 0.0
    for feature, target in data_iter:
        logit = model(feature)
        avg_loss += F.cross_entropy(logit, target, reduction="sum").item()
        corrects += (logit.argmax(1) == target).sum().item()
    size = sum(len(t) for _, t in data_iter)
    return avg_loss / size, 100.0 * corrects / size


def train(train_iter, dev_iter, model, args):
    optimizer = torch.optim.Adam(model.parameters(), lr=args.lr)
    steps = 0
    model.train()
    for epoch in range(1, args.epochs + 1):
        for feature, target in train_iter:
            optimizer.zero_grad()
            logit = model(feature)
            loss = F.cross_entropy(logit, target)
            loss.backward()  # TM001-here
            optimizer.step()
            steps += 1
            if steps % args.test_interval == 0:
                dev_loss, dev_acc = eval(dev_iter, model, args)
                print(f"step {steps} dev loss {dev_loss:.3f} acc {dev_acc:.1f}")


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("-lr", type=float, default=0.001)
    p.add_argument("-epochs", type=int, default=2)
    p.add_argument("-test-interval", type=int, default=2)
    p.add_argument("-embed-num", type=int, default=20)
    p.add_argument("-embed-dim", type=int, default=6)
    p.add_argument("-hidden", type=int, default=8)
    p.add_argument("-class-num", type=int, default=2)
    p.add_argument("-dropout", type=float, default=0.5)
    args = p.parse_args([])
    torch.manual_seed(40)
    batches = lambda n: [(torch.randint(0, 20, (4, 7)), torch.randint(0, 2, (4,))) for _ in range(n)]
    train(batches(3), batches(1), TextRNN(args), args)
