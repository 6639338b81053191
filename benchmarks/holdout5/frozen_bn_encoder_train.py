# expect: clean
# category: near_miss
"""Fine-tuning a conv+BiLSTM handwriting recogniser on a small writer-specific set with batch-norm
statistics frozen: the whole model goes to eval, then the recurrent encoder is put back to train."""
import torch
import torch.nn as nn

torch.manual_seed(30)


class HTRModel(nn.Module):
    def __init__(self, n_chars=15):
        super().__init__()
        self.features = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.BatchNorm2d(8), nn.ReLU(),
                                      nn.MaxPool2d((8, 1)))
        self.encoder = nn.LSTM(8, 10, num_layers=2, bidirectional=True, dropout=0.1)
        self.classifier = nn.Linear(20, n_chars)

    def forward(self, img):
        f = self.features(img).squeeze(2).permute(2, 0, 1)  # W, B, C
        out, _ = self.encoder(f)
        return self.classifier(out)


def set_finetune_mode(model):
    model.eval()             # freeze BN running stats
    model.encoder.train()    # but keep the LSTM trainable (and dropout active)


model = HTRModel()
opt = torch.optim.RMSprop(model.parameters(), lr=1e-4)
ctc = nn.CTCLoss(zero_infinity=True)
for epoch in range(2):
    set_finetune_mode(model)
    for _ in range(2):
        lines = torch.randn(3, 1, 8, 24)
        targets, lens = torch.randint(1, 15, (9,)), torch.tensor([3, 3, 3])
        logp = model(lines).log_softmax(2)
        loss = ctc(logp, targets, torch.full((3,), logp.size(0), dtype=torch.long), lens)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(f"epoch {epoch} ctc {loss.item():.3f}")
