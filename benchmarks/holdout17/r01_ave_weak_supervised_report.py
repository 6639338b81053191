# expect: crash
"""Rebuilt (own tiny code) from the shape of YapengTian/AVE-ECCV18#3: weakly supervised audio-visual
event localisation; the first epoch trains, a validation pass switches to eval, the second epoch's backward dies."""
import argparse
import time
import torch
import torch.nn as nn

torch.manual_seed(30)


class AVFusion(nn.Module):
    def __init__(self, a=6, v=10, h=8, classes=4):
        super().__init__()
        self.a_fc = nn.Linear(a, h)
        self.v_fc = nn.Linear(v, h)
        self.lstm = nn.LSTM(2 * h, h, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(2 * h, classes)

    def forward(self, audio, video):
        x = torch.cat([torch.relu(self.a_fc(audio)), torch.relu(self.v_fc(video))], -1)
        h, _ = self.lstm(x)
        return self.cls(h).mean(1)  # weak (video-level) supervision


def get_batch(bs=4, T=5):
    return torch.randn(bs, T, 6), torch.randn(bs, T, 10), torch.randint(0, 4, (bs,))


def val(args, model):
    model.eval()
    a, v, y = get_batch()
    with torch.no_grad():
        acc = (model(a, v).argmax(-1) == y).float().mean().item()
    print(acc)
    return acc


def train(args):
    model = AVFusion()
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=args.lr)
    best = 0
    for epoch in range(args.nb_epoch):
        t0, epoch_loss = time.time(), 0.0
        for i in range(args.iters):
            a, v, y = get_batch()
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(a, v), y)
            epoch_loss += loss.item()
            loss.backward()  # TM001-here
            opt.step()
        print("=== Epoch {%d}   Loss: {%.4f}  Running time: {%.2f}" % (epoch, epoch_loss / args.iters, time.time() - t0))
        if epoch % 1 == 0:
            best = max(best, val(args, model))
    return best


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--lr", type=float, default=1e-3)
    p.add_argument("--nb_epoch", type=int, default=3)
    p.add_argument("--iters", type=int, default=2)
    p.add_argument("--train", action="store_true", default=True)
    args = p.parse_args([])
    if args.train:
        train(args)
    print("done")
