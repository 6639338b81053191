import torch


class Predictor:
    def __init__(self, model):
        self.model = model.eval()

    def predict(self, src_seq, max_len=4):
        self.model.eval()
        src = torch.tensor([src_seq])
        tgt = torch.zeros(1, 1, dtype=torch.long)
        with torch.no_grad():
            for _ in range(max_len):
                nxt = self.model(src, tgt)[:, -1:].argmax(-1)
                tgt = torch.cat([tgt, nxt], 1)
        return tgt[0, 1:].tolist()
