"""LSTM encoder-decoder for character transliteration; generate() samples without disturbing training."""
import torch
import torch.nn as nn

PAD, BOS, EOS = 0, 1, 2


class CharEncoder(nn.Module):
    def __init__(self, vocab, hidden):
        super().__init__()
        self.emb = nn.Embedding(vocab, 8, padding_idx=PAD)
        self.lstm = nn.LSTM(8, hidden, num_layers=2, batch_first=True)

    def forward(self, src):
        _, state = self.lstm(self.emb(src))
        return state


class CharDecoder(nn.Module):
    def __init__(self, vocab, hidden):
        super().__init__()
        self.emb = nn.Embedding(vocab, 8, padding_idx=PAD)
        self.lstm = nn.LSTM(8, hidden, num_layers=2, batch_first=True)
        self.proj = nn.Linear(hidden, vocab)

    def forward(self, tokens, state):
        out, state = self.lstm(self.emb(tokens), state)
        return self.proj(out), state


class EncoderDecoder(nn.Module):
    def __init__(self, encoder, decoder):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder

    def forward(self, src, trg_in):
        logits, _ = self.decoder(trg_in, self.encoder(src))
        return logits

    def generate(self, src, max_len=10):
        was_training = self.training
        self.eval()
        try:
            with torch.inference_mode():
                state = self.encoder(src)
                tok = torch.full((src.shape[0], 1), BOS)
                out = []
                for _ in range(max_len):
                    logits, state = self.decoder(tok, state)
                    tok = logits[:, -1:].argmax(-1)
                    out.append(tok)
                return torch.cat(out, 1)
        finally:
            self.train(was_training)
