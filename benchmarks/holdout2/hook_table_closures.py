# expect: crash
# category: dynamic
"""A training script whose periodic actions live in a table of closures keyed by event name."""
import torch
import torch.nn as nn

torch.manual_seed(45)


def build_net():
    return nn.ModuleDict({
        "embed": nn.Embedding(20, 8),
        "rnn": nn.LSTM(8, 12, batch_first=True),
        "head": nn.Linear(12, 2),
    })


def forward(net, x):
    return net["head"](net["rnn"](net["embed"](x))[0][:, -1])


net = build_net()
opt = torch.optim.Adam(net.parameters(), lr=5e-3)
val_x, val_y = torch.randint(0, 20, (8, 5)), torch.randint(0, 2, (8,))
history = []


def make_validator(model, x, y):
    def validate(step):
        model.eval()
        with torch.no_grad():
            history.append((step, (forward(model, x).argmax(-1) == y).float().mean().item()))
    return validate


def make_lr_decay(optimizer, factor):
    def decay(step):
        for group in optimizer.param_groups:
            group["lr"] *= factor
    return decay


hooks = {
    "every_2": [make_validator(net, val_x, val_y)],
    "every_3": [make_lr_decay(opt, 0.5), lambda step: print("lr now", opt.param_groups[0]["lr"])],
}

net.train()
for step in range(1, 7):
    x, y = torch.randint(0, 20, (8, 5)), torch.randint(0, 2, (8,))
    loss = nn.functional.cross_entropy(forward(net, x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    for every in (2, 3):
        if step % every == 0:
            for hook in hooks[f"every_{every}"]:
                hook(step)
print("validation history", history)
