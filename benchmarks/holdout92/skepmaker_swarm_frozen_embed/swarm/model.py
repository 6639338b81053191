from torch import nn

FROZEN = ("embed", "encoder")


class SwarmPredictor(nn.Module):
    """Predicts whether a skep will swarm within a week from a sequence of hive-sound tokens.

    The GRU encoder comes pretrained on hive audio and is kept frozen: train() is overridden so that the
    frozen parts never leave eval mode (no dropout, fixed behaviour).
    """

    def __init__(self, vocab=20, dim=8, hidden=8, frozen=FROZEN):
        super().__init__()
        self.frozen = tuple(frozen)
        self.embed = nn.Embedding(vocab, dim)
        self.encoder = nn.GRU(dim, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 2)

    def train(self, mode=True):
        super().train(mode)
        for name, child in self.named_children():
            if name in self.frozen:
                child.eval()
        return self

    def forward(self, tokens):
        _, h = self.encoder(self.embed(tokens))
        return self.head(h[-1])
