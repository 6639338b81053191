# expect: clean
"""Code completion LSTM trained on tiny Python snippets; validation inside an ExitStack of mode managers."""
import torch

from cclm import CodeLSTM, Phase, evaluating, run_phase, tokenize

SNIPPETS = ["for i in range(10): print(i)", "def f(x): return x + 1", "if x > 0: y = x * 2"]

if __name__ == "__main__":
    torch.manual_seed(0)
    vocab = {}
    seqs = [tokenize(s, vocab)[:8] for s in SNIPPETS]
    batch = torch.tensor([s + [0] * (8 - len(s)) for s in seqs])
    model = CodeLSTM()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.eval()  # starts out evaluating a freshly built model
    with evaluating(model):
        print("untrained", run_phase(Phase.VALID, model, batch))
    model.train()
    for epoch in range(3):
        tr = run_phase(Phase.TRAIN, model, batch, opt)
        va = run_phase(Phase.VALID, model, batch)
        print(epoch, round(tr, 3), round(va, 3))
