def assignRooms(meetings):
    # Return {"rooms": k, "assignment": [room of each meeting, in input order]}.
    return {"rooms": 0, "assignment": []}
