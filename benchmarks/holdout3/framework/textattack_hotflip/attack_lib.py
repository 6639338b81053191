"""TextAttack-like pieces: a model wrapper exposing embedding gradients and a HotFlip word-swap search."""
import torch


class PyTorchModelWrapper:
    def __init__(self, model, embedding_layer):
        self.model = model
        self.embedding_layer = embedding_layer
        self.model.eval()  # attacks query a fixed victim model

    def __call__(self, ids):
        with torch.no_grad():
            return self.model(ids).softmax(-1)

    def get_grad(self, ids, label):
        captured = {}

        def save_grad(module, grad_in, grad_out):
            captured["emb"] = grad_out[0]

        handle = self.embedding_layer.register_full_backward_hook(save_grad)
        self.model.zero_grad()
        logits = self.model(ids)
        loss = torch.nn.functional.cross_entropy(logits, label)
        loss.backward()  # TM001-here
        handle.remove()
        return captured["emb"]


class HotFlip:
    def __init__(self, wrapper, max_swaps=2):
        self.wrapper, self.max_swaps = wrapper, max_swaps

    def attack_one(self, ids, label):
        ids = ids.clone()
        for _ in range(self.max_swaps):
            grad = self.wrapper.get_grad(ids, label)  # (1, seq, dim)
            emb_matrix = self.wrapper.embedding_layer.weight.detach()
            scores = torch.einsum("bsd,vd->bsv", grad, emb_matrix)  # first-order loss change per swap
            pos = scores.max(-1).values.argmax(1)
            ids[0, pos] = scores[0, pos].argmax()
            if self.wrapper(ids).argmax(-1).item() != label.item():
                return ids, True
        return ids, False

    def attack_dataset(self, dataset):
        results = [self.attack_one(ids, label) for ids, label in dataset]
        return sum(ok for _, ok in results) / len(results)
