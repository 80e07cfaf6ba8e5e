interface RoomPlan {
  rooms: number;
  assignment: number[];
}

export function assignRooms(meetings: [number, number][]): RoomPlan {
  // Return { rooms: k, assignment: [room of each meeting, in input order] }.
  return { rooms: 0, assignment: [] };
}
