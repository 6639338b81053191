# expect: crash
"""Score yodel contest entries (3 grades) from tokenised chest/head-voice transitions.

The recurrent encoder comes from a larger singing model and stays frozen; the model's own
train() keeps it in inference behaviour whatever the trainer does.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

N_TOKENS = 20


class YodelScorer(nn.Module):
    def __init__(self, n_tokens=N_TOKENS, emb=8, hidden=12, n_grades=3, freeze_encoder=True):
        super().__init__()
        self.freeze_encoder = freeze_encoder
        self.enc_embed = nn.Embedding(n_tokens, emb)
        self.encoder = nn.GRU(emb, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_grades)
        if freeze_encoder:
            for name, child in self.named_children():
                if name == "encoder":
                    child.requires_grad_(False)

    def train(self, mode=True):
        super().train(mode)
        if self.freeze_encoder:
            self.encoder.eval()
        return self

    def forward(self, tokens):
        h, _ = self.encoder(self.enc_embed(tokens))
        return self.head(h.max(dim=1).values)


def entries(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randint(0, N_TOKENS, (4, 9), generator=g), torch.randint(0, 3, (4,), generator=g))
            for _ in range(n)]


def main():
    torch.manual_seed(0)
    model = YodelScorer()
    trainable = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.Adam(trainable, lr=1e-2)
    print("trainable tensors:", len(trainable))
    for epoch in range(2):
        model.train()
        for tokens, grade in entries(3, epoch):
            opt.zero_grad()
            loss = F.cross_entropy(model(tokens), grade)
            loss.backward()  # TM001-here
            opt.step()
        model.eval()
        with torch.no_grad():
            acc = sum((model(t).argmax(-1) == g).float().mean().item() for t, g in entries(2, 99)) / 2
        print(f"epoch {epoch} loss {loss.item():.3f} acc {acc:.2f}")


if __name__ == "__main__":
    main()
