class Callback:
    """Base class; the engine looks hooks up by name, so subclasses define only what they need."""


class LossLogger(Callback):
    def __init__(self):
        self.losses = []

    def on_batch_end(self, engine, batch):
        self.losses.append(engine.state["loss"])

    def on_epoch_end(self, engine):
        recent = self.losses[-3:]
        print(f"epoch {engine.state['epoch']} mean loss {sum(recent) / len(recent):.4f}")


class ReedProbe(Callback):
    """Tracks the predicted pitch of a fixed reference reed while training runs."""

    def __init__(self, reference, every=2):
        self.reference = reference
        self.every = every
        self.trace = []

    def on_batch_start(self, engine, batch):
        if engine.state["step"] % self.every == 0:
            pitch = engine.predict(self.reference)
            self.trace.append(float(pitch.mean()))
