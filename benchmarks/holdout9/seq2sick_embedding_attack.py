# expect: crash
"""Rebuilt from cmhcbb/Seq2Sick#2: the attack loads an OpenNMT-style translator (which puts the model in eval),
then optimises a perturbation of the source embeddings by gradient descent through the LSTM encoder/decoder."""
import torch
import torch.nn as nn


class NMTModel(nn.Module):
    def __init__(self, vocab=16, dim=8):
        super().__init__()
        self.src_emb = nn.Embedding(vocab, dim)
        self.tgt_emb = nn.Embedding(vocab, dim)
        self.encoder = nn.LSTM(dim, dim, batch_first=True)
        self.decoder = nn.LSTM(dim, dim, batch_first=True)
        self.generator = nn.Linear(dim, vocab)

    def forward_from_embeddings(self, src_embs, tgt):
        _, state = self.encoder(src_embs)
        out, _ = self.decoder(self.tgt_emb(tgt), state)
        return self.generator(out).log_softmax(-1)


class Translator:
    def __init__(self, model_factory, checkpoint):
        self.model = model_factory()
        self.model.load_state_dict(checkpoint)
        self.model.eval()

    def translate(self, src, max_len=5):
        with torch.no_grad():
            tgt = torch.zeros(src.shape[0], 1, dtype=torch.long)
            for _ in range(max_len):
                lp = self.model.forward_from_embeddings(self.model.src_emb(src), tgt)
                tgt = torch.cat([tgt, lp[:, -1].argmax(-1, keepdim=True)], 1)
        return tgt


def attack(translator, src, target_words, steps=3, lr=0.5, lam=1.0):
    model = translator.model
    orig = model.src_emb(src).detach()
    delta = torch.zeros_like(orig, requires_grad=True)
    opt = torch.optim.Adam([delta], lr=lr)
    tgt_in = translator.translate(src)[:, :-1]
    for _ in range(steps):
        lp = model.forward_from_embeddings(orig + delta, tgt_in)
        hit = lp[..., target_words].max(-1).values.sum()
        loss = -hit + lam * delta.norm(dim=-1).sum()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return delta.detach()


if __name__ == "__main__":
    torch.manual_seed(0)
    trained = NMTModel()
    translator = Translator(NMTModel, trained.state_dict())
    src = torch.randint(1, 16, (2, 6))
    print(attack(translator, src, target_words=torch.tensor([3, 7])).norm())
