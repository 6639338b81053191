import torch


class GreedyDecoder:
    def __init__(self, model, max_symbols=2):
        self.model = model
        self.max_symbols = max_symbols

    def __call__(self, feats):
        self.model.predictor.eval()
        self.model.encoder.eval()
        with torch.no_grad():
            enc = self.model.encoder(feats)
            hyps = []
            for b in range(enc.shape[0]):
                tok, state, hyp = torch.zeros(1, 1, dtype=torch.long), None, []
                pred, state = self.model.predictor.step(tok, state)
                for t in range(enc.shape[1]):
                    for _ in range(self.max_symbols):
                        k = self.model.joint(enc[b:b + 1, t:t + 1], pred)[0, 0, 0].argmax().item()
                        if k == 0:
                            break
                        hyp.append(k)
                        pred, state = self.model.predictor.step(torch.tensor([[k]]), state)
                hyps.append(hyp)
        return hyps
