# expect: crash
# category: dynamic
"""Partial fine-tuning: a freeze() helper applied with .apply() to the recurrent encoder; embeddings stay trainable."""
import torch
from torch import nn

torch.manual_seed(45)


class SpeechCommandNet(nn.Module):
    def __init__(self, n_mels=8, hidden=12, n_cmd=5):
        super().__init__()
        self.frontend = nn.Sequential(nn.Linear(n_mels, hidden), nn.ReLU())
        self.encoder = nn.ModuleList([nn.GRU(hidden, hidden, batch_first=True),
                                      nn.GRU(hidden, hidden, batch_first=True)])
        self.classifier = nn.Linear(hidden, n_cmd)

    def forward(self, mels):
        h = self.frontend(mels)
        for layer in self.encoder:
            h, _ = layer(h)
        return self.classifier(h.mean(1))


def freeze(module):
    """Freeze a pretrained block: no gradients for its weights and no dropout/batch-stat updates."""
    for p in module.parameters(recurse=False):
        p.requires_grad_(False)
    module.eval()


net = SpeechCommandNet()
# "pretraining"
opt = torch.optim.Adam(net.parameters(), lr=1e-2)
for _ in range(2):
    opt.zero_grad()
    nn.functional.cross_entropy(net(torch.randn(4, 10, 8)), torch.randint(0, 5, (4,))).backward()
    opt.step()

# adapt to a new speaker: keep the recurrent encoder fixed, tune the frontend and the classifier
net.encoder.apply(freeze)
trainable = [p for p in net.parameters() if p.requires_grad]
opt = torch.optim.SGD(trainable, lr=0.05)
for step in range(3):
    mels, cmd = torch.randn(4, 10, 8), torch.randint(0, 5, (4,))
    loss = nn.functional.cross_entropy(net(mels), cmd)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print(f"step {step}: loss {loss.item():.3f}, trainable tensors {len(trainable)}")
