# expect: crash
"""Universal adversarial triggers / HotFlip on a GRU sentiment classifier. The classifier is first used through a
`Predictor` (its `predict()` calls model.eval()), then `attacks.trigger.find_trigger` asks
`attacks.gradients.embedding_grad` for d(loss)/d(embeddings) with autograd.grad through the same model object."""
import torch

from models.classifier import GRUSentiment, Predictor
from attacks.trigger import find_trigger


def main():
    model = GRUSentiment(vocab=40)
    opt = torch.optim.Adam(model.parameters(), 1e-3)
    x, y = torch.randint(0, 40, (6, 8)), torch.randint(0, 2, (6,))
    for _ in range(2):
        loss = torch.nn.functional.cross_entropy(model(x), y)
        opt.zero_grad(); loss.backward(); opt.step()
    predictor = Predictor(model)
    print("clean predictions", predictor.predict(x))
    trigger = find_trigger(predictor.model, x, target=1, trigger_len=3, iters=2)
    print("trigger", trigger.tolist())


if __name__ == "__main__":
    main()
    print("done")
