import torch


class Callback:
    def on_epoch_end(self, model, state):
        pass

    def on_validation_end(self, model, state):
        pass


class LossPrinter(Callback):
    def on_epoch_end(self, model, state):
        print(f"epoch {state['epoch']} loss {state['loss']:.4f} val_acc {state.get('val_acc', 0):.2f}")


class SaliencyLogger(Callback):
    """Logs which mesh position the model leans on for the worst validation row."""

    def on_validation_end(self, model, state):
        x = state["worst_x"].clone().requires_grad_(True)
        score = model(x)[:, 1].sum()
        score.backward()
        state["salient_pos"] = x.grad.abs().sum(-1).argmax(-1).tolist()
        model.zero_grad(set_to_none=True)
