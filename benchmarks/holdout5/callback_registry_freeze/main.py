# expect: crash
# category: dynamic
"""POS tagger (char-CNN-free, embedding + stacked LSTM) trained with config-listed callbacks; one of
them freezes the recurrent encoder after warm-up, while the word embeddings keep training."""
import torch
import torch.nn as nn

from engine.loop import fit

torch.manual_seed(20)


class Tagger(nn.Module):
    def __init__(self, vocab=50, n_tags=6):
        super().__init__()
        self.word_emb = nn.Embedding(vocab, 8)
        self.encoder = nn.LSTM(8, 12, num_layers=2, batch_first=True, dropout=0.3)
        self.out = nn.Linear(12, n_tags)

    def forward(self, tokens):
        return self.out(self.encoder(self.word_emb(tokens))[0])


cfg = {"lr": 0.05, "epochs": 3, "warmup_epochs": 1, "callbacks": ["log_lr", "freeze_encoder_after_warmup"]}
data = [(torch.randint(0, 50, (4, 8)), torch.randint(0, 6, (4, 8))) for _ in range(3)]
fit(Tagger(), data, cfg)
