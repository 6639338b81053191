# expect: crash
"""A CLI-ish driver that dispatches on a mode string with a `match` statement
(Python 3.10+). "adapt" was added later for test-time adaptation and falls into
the default branch, so it runs with whatever mode the previous command left.
"""
import torch
import torch.nn as nn

torch.manual_seed(0)
net = nn.ModuleDict({"enc": nn.GRU(4, 8, batch_first=True), "head": nn.Linear(8, 2)})
opt = torch.optim.SGD(net.parameters(), lr=0.1)


def forward(x):
    return net["head"](net["enc"](x)[0][:, -1])


def handle(mode, x, y=None):
    match mode:
        case "train":
            net.train()
            opt.zero_grad()
            loss = nn.functional.cross_entropy(forward(x), y)
            loss.backward()
            opt.step()
            return loss.item()
        case "eval" | "predict":
            net.eval()
            with torch.no_grad():
                return forward(x).argmax(-1).tolist()
        case _:
            # entropy minimisation on unlabelled test batches (Tent-free variant)
            probs = forward(x).softmax(-1)
            loss = -(probs * probs.log()).sum(-1).mean()
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
            return loss.item()


x, y = torch.randn(6, 5, 4), torch.randint(0, 2, (6,))
for cmd in ["train", "train", "predict", "adapt"]:
    print(cmd, handle(cmd, x, y))
