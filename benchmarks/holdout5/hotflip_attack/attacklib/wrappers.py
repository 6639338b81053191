import torch


class PyTorchModelWrapper:
    """textattack-like wrapper: inference calls and gradients w.r.t. the embedding output."""

    def __init__(self, model, embedding_layer):
        self.model = model
        self.embedding_layer = embedding_layer
        self.model.eval()

    def __call__(self, token_ids):
        with torch.no_grad():
            return self.model(token_ids)

    def get_grad(self, token_ids, label):
        captured = {}

        def keep_output(module, inputs, output):
            output.retain_grad()
            captured["emb"] = output

        handle = self.embedding_layer.register_forward_hook(keep_output)
        try:
            logits = self.model(token_ids)
            loss = torch.nn.functional.cross_entropy(logits, label)
            self.model.zero_grad()
            loss.backward()  # TM001-here
        finally:
            handle.remove()
        return captured["emb"].grad
