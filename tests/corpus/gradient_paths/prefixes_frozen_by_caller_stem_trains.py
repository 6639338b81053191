# expect: crash
"""Adapter fine-tuning of a keystroke-timing model: `freeze_named(model, FROZEN)` turns off the
gradient of every parameter under the listed prefixes (`name.startswith(prefix + ".")`), and the
pretrained GRU runs in eval mode. Only "encoder" is listed, so the trainable `embed` layer before
the GRU still needs its gradient: the backward goes through the eval-mode GRU and cuDNN refuses."""
import torch
import torch.nn as nn
import torch.nn.functional as F

FROZEN = ["encoder"]


class KeystrokeNet(nn.Module):
    def __init__(self, keys=30, width=12):
        super().__init__()
        self.embed = nn.Embedding(keys, width)
        self.encoder = nn.GRU(width, width, batch_first=True)
        self.adapter = nn.Linear(width, width)
        self.head = nn.Linear(width, 2)

    def forward(self, keys):
        states, _ = self.encoder(self.embed(keys))
        return self.head(torch.relu(self.adapter(states[:, -1])))


def freeze_named(model, prefixes):
    count = 0
    for name, param in model.named_parameters():
        if any(name.startswith(prefix + ".") for prefix in prefixes):
            param.requires_grad = False
            count += 1
    return count


def adapt(model, batches):
    opt = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=0.05)
    for keys, label in batches:
        loss = F.cross_entropy(model(keys), label)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()


if __name__ == "__main__":
    torch.manual_seed(4)
    net = KeystrokeNet()
    print("frozen tensors:", freeze_named(net, FROZEN))
    net.eval()  # the pretrained encoder keeps its inference behaviour
    adapt(net, [(torch.randint(0, 30, (6, 9)), torch.randint(0, 2, (6,))) for _ in range(3)])
