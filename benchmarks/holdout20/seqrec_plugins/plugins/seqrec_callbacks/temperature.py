class TemperatureAnneal:
    def on_epoch_end(self, model, sessions, state):
        state["tau"] = max(0.05, state.get("tau", 0.2) * 0.8)
