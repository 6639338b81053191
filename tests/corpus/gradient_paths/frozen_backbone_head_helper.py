# expect: clean
"""A frozen, eval-mode GRU backbone feeds a trainable head; the training loop lives in a helper that
is handed the backbone. Nothing that needs grad reaches the GRU, so no cuDNN RNN backward runs."""
import torch
import torch.nn as nn

torch.manual_seed(31)


class Backbone(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 10, batch_first=True)

    def forward(self, seq):
        return self.gru(seq)[1][-1]


def train_head(backbone, head, batches, epochs=2):
    opt = torch.optim.Adam(head.parameters(), lr=1e-2)
    for _ in range(epochs):
        for seq, label in batches:
            loss = nn.functional.cross_entropy(head(backbone(seq)), label)
            opt.zero_grad()
            loss.backward()
            opt.step()
    return loss.item()


backbone = Backbone()
backbone.requires_grad_(False)
backbone.eval()
head = nn.Linear(10, 3)
data = [(torch.randn(5, 8, 4), torch.randint(0, 3, (5,))) for _ in range(3)]
print("head loss", train_head(backbone, head, data))
