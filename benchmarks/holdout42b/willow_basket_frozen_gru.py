# expect: crash
"""Willow basket weave patterns: reuse a frozen pretrained GRU encoder, train new token embeddings and a head."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(6)
VOCAB, EMB, HID, CLASSES = 20, 6, 8, 3


class WeaveClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(VOCAB, EMB)
        self.encoder = nn.GRU(EMB, HID, batch_first=True)
        self.head = nn.Linear(HID, CLASSES)

    def forward(self, tokens):
        h, _ = self.encoder(self.embed(tokens))
        return self.head(h[:, -1])


def load_pretrained_encoder(model):
    # pretend weights came from a checkpoint; freeze and keep dropout-style layers in eval
    model.encoder.requires_grad_(False)
    model.encoder.eval()


model = WeaveClassifier()
load_pretrained_encoder(model)
trainable = [p for p in model.parameters() if p.requires_grad]
opt = torch.optim.SGD(trainable, lr=0.1)
for step in range(3):
    tokens = torch.randint(0, VOCAB, (4, 7))
    labels = torch.randint(0, CLASSES, (4,))
    loss = F.cross_entropy(model(tokens), labels)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print(step, round(loss.item(), 4))
