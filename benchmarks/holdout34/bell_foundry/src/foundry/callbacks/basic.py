class LossPrinter:
    def __init__(self, every):
        self.every = every

    def on_step_end(self, runner):
        if runner.state.step % self.every == 0:
            print(f"step {runner.state.step}: loss {runner.state.last_loss:.4f}")


class PartialsCheck:
    """Every few steps, check the partials on a reference bell that never enters training."""

    def __init__(self, every):
        self.every = every
        self.reference = None

    def on_fit_start(self, runner):
        self.reference = next(iter(runner.task.batches(1, seed=99)))

    def on_step_end(self, runner):
        if runner.state.step % self.every == 0:
            err = runner.task.valid_step(self.reference)
            runner.state.log.append((runner.state.step, err))
