# expect: crash
"""Keyword spotting with a multi-part ModuleDict: the saliency helper puts the dict in eval and means to put the
recurrent part back in train, but names the head entry; the GRU's forward runs in eval mode."""
import torch
import torch.nn as nn


def build_spotter(n_mels=10, hidden=16, words=4):
    return nn.ModuleDict({
        "front": nn.Sequential(nn.Linear(n_mels, hidden), nn.Dropout(0.2)),
        "rnn": nn.GRU(hidden, hidden, batch_first=True),
        "head": nn.Linear(hidden, words),
    })


def logits(parts, mels):
    return parts["head"](parts["rnn"](parts["front"](mels))[0][:, -1])


def train(parts, batches):
    opt = torch.optim.Adam(parts.parameters(), lr=1e-3)
    parts.train()
    for mels, words in batches:
        opt.zero_grad()
        nn.functional.cross_entropy(logits(parts, mels), words).backward()
        opt.step()


def saliency(parts, mels, word):
    parts.eval()
    parts["head"].train()
    mels = mels.clone().requires_grad_(True)
    logits(parts, mels)[:, word].sum().backward()  # TM001-here
    return mels.grad.abs().mean(-1)


if __name__ == "__main__":
    torch.manual_seed(0)
    spotter = build_spotter()
    data = [(torch.randn(3, 12, 10), torch.randint(0, 4, (3,))) for _ in range(2)]
    train(spotter, data)
    print(saliency(spotter, torch.randn(2, 12, 10), 1).shape)
