# expect: clean
"""Music auto-tagging CRNN fine-tuning where only the conv front-end is frozen:
it is put in eval and its parameters stop requiring grad; mel input needs no
grad, so no gradient has to flow back through the (train-mode) GRU into it."""
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


def freeze(module):
    module.eval()
    for p in module.parameters():
        p.requires_grad_(False)


if __name__ == "__main__":
    model = CRNN()
    model.train()
    freeze(model.frontend)
    opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=1e-3)
    for _ in range(2):
        mel = torch.randn(4, N_MELS, 10)
        tags = torch.randint(0, 2, (4, N_TAGS)).float()
        loss = nn.functional.binary_cross_entropy_with_logits(model(mel), tags)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print("frontend BN still eval:", not model.frontend[1].training)
