import torch.nn as nn


class NoteEncoder(nn.Module):
    def __init__(self, vocab=30, dim=8, hidden=12):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.rnn = nn.LSTM(dim, hidden, batch_first=True)

    def forward(self, tokens, embed=None):
        emb = (embed or self.embed)(tokens)
        out, state = self.rnn(emb)
        return out, state

    @classmethod
    def from_pretrained(cls, state_dict=None, **kwargs):
        """Load the survey-notes encoder; it is only ever used as a feature extractor."""
        enc = cls(**kwargs)
        if state_dict is not None:
            enc.load_state_dict(state_dict)
        for p in enc.parameters():
            p.requires_grad_(False)
        return enc.eval()
