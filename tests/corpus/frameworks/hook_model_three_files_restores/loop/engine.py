class Hook:
    def after_step(self, engine, model, step):
        pass


class Engine:
    """Runs a model's own `step()` over the data and lets hooks look at the model in between."""

    def __init__(self, epochs=1, hooks=()):
        self.epochs, self.hooks = epochs, list(hooks)

    def run(self, model, data):
        for _ in range(self.epochs):
            model.train()
            for step, batch in enumerate(data):
                model.step(batch)
                for hook in self.hooks:
                    hook.after_step(self, model, step)
