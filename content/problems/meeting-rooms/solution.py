import heapq


def assignRooms(meetings):
    order = sorted(range(len(meetings)), key=lambda i: (meetings[i][0], i))
    assignment = [0] * len(meetings)
    busy = []  # (end time, room) for rooms in use
    free = []  # numbers of rooms that are open and idle
    rooms = 0
    for i in order:
        start, end = meetings[i]
        # Half-open meetings: a room whose meeting ends exactly now is free again.
        while busy and busy[0][0] <= start:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            room = heapq.heappop(free)
        else:
            room = rooms
            rooms += 1
        assignment[i] = room
        heapq.heappush(busy, (end, room))
    return {"rooms": rooms, "assignment": assignment}
