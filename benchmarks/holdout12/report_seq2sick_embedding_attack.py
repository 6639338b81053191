# expect: crash
"""Rebuilt from cmhcbb/Seq2Sick#2 (attack.py on an OpenNMT seq2seq with LSTM encoder/decoder, traceback ending in
"cudnn RNN backward can only be called in training mode"). The translator is loaded for inference (eval), and the
attack optimises a perturbation on the source embeddings with gradient steps through the encoder and decoder."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class NMTModel(nn.Module):
    def __init__(self, src_vocab=20, tgt_vocab=20, dim=12):
        super().__init__()
        self.src_emb = nn.Embedding(src_vocab, dim)
        self.tgt_emb = nn.Embedding(tgt_vocab, dim)
        self.encoder = nn.LSTM(dim, dim, num_layers=2, dropout=0.3)
        self.decoder = nn.LSTM(dim, dim, num_layers=2, dropout=0.3)
        self.generator = nn.Linear(dim, tgt_vocab)

    def forward_embedded(self, src_embedded, tgt):
        _, state = self.encoder(src_embedded)
        out, _ = self.decoder(self.tgt_emb(tgt[:-1]), state)
        return F.log_softmax(self.generator(out), -1)


class Translator:
    def __init__(self, model):
        self.model = model
        self.model.eval()

    def translate(self, src, max_len=5):
        with torch.no_grad():
            _, state = self.model.encoder(self.model.src_emb(src))
            tok = torch.zeros(1, src.size(1), dtype=torch.long)
            out = []
            for _ in range(max_len):
                y, state = self.model.decoder(self.model.tgt_emb(tok), state)
                tok = self.model.generator(y).argmax(-1)
                out.append(tok)
        return torch.cat(out, 0)


def attack(translator, src, target_keyword, iters=3, lr=0.1, const=1.0):
    model = translator.model
    base = model.src_emb(src).detach()
    modifier = torch.zeros_like(base, requires_grad=True)
    optimizer = torch.optim.Adam([modifier], lr=lr)
    tgt = torch.cat([torch.zeros(1, src.size(1), dtype=torch.long), target_keyword.expand(4, -1)], 0)
    for i in range(iters):
        logp = model.forward_embedded(base + modifier, tgt)
        loss1 = -logp.gather(-1, tgt[1:, :, None]).mean()
        loss2 = modifier.pow(2).sum()
        loss = const * loss1 + loss2
        optimizer.zero_grad()
        loss.backward()  # TM001-here
        optimizer.step()
        print(i, loss.item())
    return base + modifier.detach()


if __name__ == "__main__":
    torch.manual_seed(0)
    translator = Translator(NMTModel())
    src = torch.randint(0, 20, (6, 1))
    print("clean translation", translator.translate(src).view(-1).tolist())
    attack(translator, src, torch.tensor([[7]]))
