# expect: crash
"""Music auto-tagging: CRNN (conv front-end + bidirectional GRU) on mel patches.

Fine-tuning recipe: the conv front-end is frozen (eval, BN statistics fixed),
and only the recurrent back-end and classifier are updated. `freeze_frontend`
is written generically over `model.children()`.
"""
import torch
import torch.nn as nn

torch.manual_seed(8)
N_MELS, N_TAGS = 8, 5


class CRNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.frontend = nn.Sequential(nn.Conv1d(N_MELS, 8, 3, padding=1), nn.BatchNorm1d(8), nn.ReLU())
        self.backend = nn.GRU(8, 8, batch_first=True, bidirectional=True)
        self.classifier = nn.Linear(16, N_TAGS)

    def forward(self, mel):
        f = self.frontend(mel).transpose(1, 2)
        h, _ = self.backend(f)
        return self.classifier(h.max(1).values)


def freeze_frontend(model, upto="classifier"):
    # freeze everything that comes before the named layer
    for name, child in model.named_children():
        if name == upto:
            break
        child.eval()
        for p in child.parameters():
            p.requires_grad_(name != "frontend")


def finetune(model, batches):
    opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=1e-3)
    crit = nn.BCEWithLogitsLoss()
    for mel, tags in batches:
        loss = crit(model(mel), tags)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print("loss", round(loss.item(), 4))


if __name__ == "__main__":
    model = CRNN()
    batches = [(torch.randn(4, N_MELS, 10), torch.randint(0, 2, (4, N_TAGS)).float()) for _ in range(2)]
    model.train()
    freeze_frontend(model)
    finetune(model, batches)
